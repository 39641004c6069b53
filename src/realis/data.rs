//! The Arabic event gold standard as realis training data: reading the sentence
//! files, turning sentences into [`Bag`]s of candidates, the grouped
//! cross-validation models, and the `marsad train realis` command.

use super::{document_of, fold_of, train_model, Bag, EventKind, Model, TrainOptions, SOFT_LABELS};
use crate::model::Lang;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Number of cross-validation folds used by `marsad eval-sets` and `marsad train realis`.
pub const FOLDS: usize = 5;

/// One sentence of `assault_gsr.csv` / `protest_gsr.csv`.
#[derive(Debug, Clone)]
pub struct GoldSentence {
    /// Sentence id (`AAW_ARB_20081011.0036-10`).
    pub id: String,
    /// Document of the sentence (see [`assign_documents`]).
    pub doc: String,
    /// Event kind of the file.
    pub kind: EventKind,
    /// `Some(true)` for `yes`, `Some(false)` for `easy no` and `difficult no`, `None` for `ambiguous`.
    pub label: Option<bool>,
    /// The sentence.
    pub text: String,
    /// Annotators who accepted the label and annotators in all (`accept`, `total`; 0, 0 when the file has no such columns).
    pub votes: (u32, u32),
}

/// The two sentence files under a shared data folder, with their kinds.
pub fn gsr_files(shared: &Path) -> [(PathBuf, EventKind); 2] {
    let dir = shared.join("data/eventdata/arabic_event_gsr");
    [(dir.join("assault_gsr.csv"), EventKind::Assault), (dir.join("protest_gsr.csv"), EventKind::Protest)]
}

/// Reads one sentence file (columns `id`, `label`, `text`, and the annotators' votes `accept`
/// and `total` when present); rows with an empty text or an
/// unknown label are skipped. Errors: the file cannot be read, a column is missing.
pub fn read_gsr(path: &Path, kind: EventKind) -> Result<Vec<GoldSentence>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| format!("{}: header: {e}", path.display()))?.clone();
    let col = |n: &str| headers.iter().position(|h| h.trim() == n);
    let (ca, cn) = (col("accept"), col("total"));
    let (Some(ci), Some(cl), Some(ct)) = (col("id"), col("label"), col("text")) else {
        return Err(format!("{}: missing column id, label or text", path.display()));
    };
    let mut out = Vec::new();
    for rec in rdr.records().flatten() {
        let get = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
        let (id, label, t) = (get(ci), get(cl).to_lowercase(), get(ct));
        let label = match label.as_str() {
            "yes" => Some(true),
            "easy no" | "difficult no" => Some(false),
            "ambiguous" => None,
            _ => continue,
        };
        if t.is_empty() {
            continue;
        }
        let num = |c: Option<usize>| c.and_then(|i| rec.get(i)).and_then(|v| v.trim().parse::<u32>().ok()).unwrap_or(0);
        let votes = (num(ca), num(cn));
        out.push(GoldSentence { doc: document_of(&id).to_string(), id, kind, label, text: t, votes });
    }
    Ok(out)
}

/// Whitespace-normalised text, the key that identifies a sentence across files.
pub fn text_key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gives every sentence whose text occurs more than once (within or across files) the
/// document of its first occurrence, so a repeated sentence never sits in two folds.
/// Returns the map text key → document.
pub fn assign_documents(sentences: &mut [GoldSentence]) -> HashMap<String, String> {
    let mut doc_of: HashMap<String, String> = HashMap::new();
    for s in sentences.iter_mut() {
        let d = doc_of.entry(text_key(&s.text)).or_insert_with(|| s.doc.clone());
        s.doc = d.clone();
    }
    doc_of
}

/// Reads the sentence files of `shared` with documents assigned ([`assign_documents`]);
/// a missing file is skipped. Errors: neither file can be read (the last error).
pub fn load_gold(shared: &Path) -> Result<(Vec<GoldSentence>, HashMap<String, String>), String> {
    let mut all = Vec::new();
    let mut last_err = None;
    for (path, kind) in gsr_files(shared) {
        match read_gsr(&path, kind) {
            Ok(v) => all.extend(v),
            Err(e) => last_err = Some(e),
        }
    }
    if let (true, Some(e)) = (all.is_empty(), last_err) {
        return Err(e);
    }
    let docs = assign_documents(&mut all);
    Ok((all, docs))
}

/// One training bag per labelled sentence: its candidates of the file's kind (the
/// `ambiguous` ones too, unscored, for the kinds [`SOFT_LABELS`] trains on soft labels).
pub fn bags(pipeline: &Pipeline, sentences: &[GoldSentence], k: usize) -> Vec<Bag> {
    bags_salted(pipeline, sentences, k, 0, SOFT_LABELS)
}

/// The fold (0..k) of a document under a salt: [`fold_of`] for salt 0 (the assignment of
/// `marsad eval-sets`), else the fold of `"{salt}:{doc}"` — another assignment of whole
/// documents, to measure how much the cross-validated numbers depend on it.
pub fn salted_fold(doc: &str, k: usize, salt: u32) -> usize {
    if salt == 0 {
        fold_of(doc, k)
    } else {
        fold_of(&format!("{salt}:{doc}"), k)
    }
}

/// [`bags`] with the folds of [`salted_fold`], and the `ambiguous` sentences of the kinds
/// with soft labels (`soft`: ASSAULT, PROTEST, as [`TrainOptions::soft_labels`]).
pub fn bags_salted(pipeline: &Pipeline, sentences: &[GoldSentence], k: usize, salt: u32, soft: [bool; 2]) -> Vec<Bag> {
    sentences
        .par_iter()
        .filter(|s| s.label.is_some() || soft[s.kind.index()])
        .map(|s| {
            let (acc, tot) = s.votes;
            let target = match (tot, s.label) {
                (1.., _) => acc.min(tot) as f32 / tot as f32,
                (0, Some(true)) => 1.0,
                (0, _) => 0.0,
            };
            let label = s.label.unwrap_or(false);
            let instances = pipeline.realis_candidates_on(&s.text, Lang::Ar, crate::realis::published_of(&s.id)).into_iter().filter(|c| c.kind == s.kind).map(|c| c.features).collect();
            Bag { kind: s.kind, label, instances, fold: salted_fold(&s.doc, k, salt), target, scored: s.label.is_some() }
        })
        .collect()
}

/// The cross-validation models: model `f` is trained (thresholds included) on the bags of every fold but `f`.
pub fn cv_models(bags: &[Bag], k: usize, o: &TrainOptions) -> Vec<Model> {
    (0..k)
        .into_par_iter()
        .map(|f| {
            let train: Vec<&Bag> = bags.iter().filter(|b| b.fold != f).collect();
            train_model(&train, o)
        })
        .collect()
}

/// The grouped cross-validation scores of `bags` (made by [`bags`] from `gold`, in order):
/// per kind tp / fp / fn, precision, recall and F1, over all sentences and over those with
/// an even and an odd record index in their file (ambiguous rows counted in the index).
pub fn cv_report(gold: &[GoldSentence], bags: &[Bag], o: &TrainOptions) -> String {
    let models = cv_models(bags, FOLDS, o);
    // record index of each scored sentence within its file
    let mut idx = Vec::new();
    let mut n = [0usize; 2];
    for s in gold {
        let k = s.kind.index();
        if s.label.is_some() {
            idx.push(n[k]);
        }
        n[k] += 1;
    }
    // [kind][all, even, odd] = (tp, fp, fn)
    let mut c = [[(0usize, 0usize, 0usize); 3]; 2];
    for (b, &i) in bags.iter().filter(|b| b.scored).zip(&idx) {
        let m = &models[b.fold];
        let pos = b.instances.iter().any(|f| m.keep(b.kind, f));
        for part in [0, 1 + i % 2] {
            let e = &mut c[b.kind.index()][part];
            match (pos, b.label) {
                (true, true) => e.0 += 1,
                (true, false) => e.1 += 1,
                (false, true) => e.2 += 1,
                _ => {}
            }
        }
    }
    let mut out = String::new();
    for kind in [EventKind::Assault, EventKind::Protest] {
        for (part, name) in ["all", "even", "odd"].iter().enumerate() {
            let (tp, fp, fn_) = c[kind.index()][part];
            let p = tp as f64 / (tp + fp).max(1) as f64;
            let r = tp as f64 / (tp + fn_).max(1) as f64;
            let f = 2.0 * tp as f64 / (2 * tp + fp + fn_).max(1) as f64;
            out.push_str(&format!("{:?} {name}: F1 {f:.3} P {p:.3} R {r:.3} (tp {tp} fp {fp} fn {fn_})\n", kind));
        }
    }
    out
}

/// Arguments of `marsad train realis`.
#[derive(clap::Args, Debug)]
pub struct TrainRealisArgs {
    /// The shared data folder (holding `data/eventdata/arabic_event_gsr/`); default: `$MARSAD_SHARED`.
    #[arg(long, value_name = "DIR")]
    pub shared: Option<PathBuf>,
    /// Print the grouped cross-validation scores (per kind, and by the parity of the record
    /// index in its file) instead of writing a model.
    #[arg(long)]
    pub cv: bool,
    /// With `--cv`: another assignment of documents to folds ([`salted_fold`]; 0, the default,
    /// is the one of `marsad eval-sets`), to measure the spread of the cross-validated numbers.
    #[arg(long, default_value_t = 0, hide = true)]
    pub cv_salt: u32,
    /// Train these kinds on the annotators' share of `yes` votes (soft labels, `ambiguous`
    /// sentences included) instead of their 1 / 0 labels (default: none; docs/ACCURACY.md
    /// has the cross-validated comparison).
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = ["assault", "protest"])]
    pub soft_labels: Vec<String>,
    /// Where to write the model (required unless `--cv`, which writes none).
    #[arg(long, value_name = "PATH", required_unless_present = "cv")]
    pub out: Option<PathBuf>,
}

/// Checks that `gold` (read by [`load_gold`] from `shared`) can train both kinds: each of the
/// two sentence files gave at least one `yes` and one `no` sentence. Errors name the file and
/// what it lacks (a missing, empty or garbled file gives none), so no model is trained on half
/// the data.
pub fn check_training_data(shared: &Path, gold: &[GoldSentence]) -> Result<(), String> {
    for (path, kind) in gsr_files(shared) {
        let of_kind = || gold.iter().filter(|s| s.kind == kind);
        let (yes, no) = (of_kind().filter(|s| s.label == Some(true)).count(), of_kind().filter(|s| s.label == Some(false)).count());
        if yes == 0 || no == 0 {
            let why = if path.is_file() { "is empty or garbled" } else { "does not exist" };
            return Err(format!(
                "{}: {why}: {yes} `yes` and {no} `no` sentences (columns id, label, text; labels yes, easy no, difficult no, ambiguous); the model was not written",
                path.display()
            ));
        }
    }
    Ok(())
}

/// Runs `marsad train realis`: every scored sentence of both files, thresholds by
/// grouped cross-validation ([`FOLDS`] folds), the model written to `out`.
pub fn run_train(a: &TrainRealisArgs, pipeline: &Pipeline) -> Result<(), String> {
    let shared = a
        .shared
        .clone()
        .or_else(|| std::env::var_os("MARSAD_SHARED").filter(|v| !v.is_empty()).map(PathBuf::from))
        .filter(|p| !p.as_os_str().is_empty())
        .ok_or("no shared data folder: give --shared or set MARSAD_SHARED")?;
    let (gold, _) = load_gold(&shared)?;
    check_training_data(&shared, &gold)?;
    // the shipped trainer: the averaged ensemble, each member with its own epochs and L2
    let mut o = TrainOptions::default();
    for k in &a.soft_labels {
        o.soft_labels[if k == "assault" { 0 } else { 1 }] = true;
    }
    let bags = bags_salted(pipeline, &gold, FOLDS, a.cv_salt, o.soft_labels);
    let refs: Vec<&Bag> = bags.iter().collect();
    if a.cv {
        println!("{}", cv_report(&gold, &bags, &o));
        return Ok(());
    }
    let out = a.out.as_deref().ok_or("--out PATH is required (where to write the model)")?;
    let model = train_model(&refs, &o);
    // a temporary file renamed into place: a failed write never leaves half a model
    crate::output::write_atomically(out, &model.to_bytes()).map_err(|e| format!("{}: {e}", out.display()))?;
    // the sentences trained on: the labelled ones, and the ambiguous ones of soft-label kinds
    let cands: usize = bags.iter().map(|b| b.instances.len()).sum();
    let bare = bags.iter().filter(|b| b.label && b.instances.is_empty()).count();
    let pos = bags.iter().filter(|b| b.label).count();
    let labelled = bags.iter().filter(|b| b.scored).count();
    let ambiguous = match bags.len() - labelled {
        0 => String::new(),
        n => format!(" and {n} ambiguous"),
    };
    println!(
        "trained on {labelled} labelled{ambiguous} sentences ({cands} candidates; {bare} of {pos} positive sentences have no candidate); thresholds ASSAULT {:.3}, PROTEST {:.3}; {} weights written to {}",
        model.thresholds[0],
        model.thresholds[1],
        model.len(),
        out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared_with(name: &str, assault: Option<&str>, protest: Option<&str>) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("marsad-realis-{name}-{}", std::process::id()));
        let gsr = dir.join("data/eventdata/arabic_event_gsr");
        std::fs::create_dir_all(&gsr).unwrap();
        for (file, text) in [("assault_gsr.csv", assault), ("protest_gsr.csv", protest)] {
            if let Some(t) = text {
                std::fs::write(gsr.join(file), t).unwrap();
            }
        }
        dir
    }

    #[test]
    fn training_data_must_cover_both_kinds() {
        let good = "id,label,text\nA-1,yes,هاجم مسلحون القرية\nA-2,easy no,قال الوزير\n";
        let both = shared_with("both", Some(good), Some(good));
        let (gold, _) = load_gold(&both).unwrap();
        assert!(check_training_data(&both, &gold).is_ok());
        for (name, a, p, says) in [
            ("missing", Some(good), None, "protest_gsr.csv: does not exist"),
            ("garbled", Some("id,label,text\nX-1,maybe,\"abc\nX-2,yes\n"), Some(good), "assault_gsr.csv: is empty or garbled"),
            ("noneg", Some(good), Some("id,label,text\nP-1,yes,تظاهر الآلاف\n"), "protest_gsr.csv: is empty or garbled: 1 `yes` and 0 `no`"),
        ] {
            let dir = shared_with(name, a, p);
            let (gold, _) = load_gold(&dir).unwrap();
            let e = check_training_data(&dir, &gold).unwrap_err();
            std::fs::remove_dir_all(&dir).unwrap();
            assert!(e.contains(says), "{name}: {e}");
        }
        std::fs::remove_dir_all(&both).unwrap();
    }

    #[test]
    fn reads_the_annotators_votes() {
        let csv = "accept,id,label,text,total\n2,A-1,ambiguous,تظاهر الآلاف,3\n1,A-2,difficult no,قال الوزير,3\n0,A-3,easy no,قال الوزير,x\n";
        let dir = shared_with("votes", Some(csv), None);
        let gold = read_gsr(&gsr_files(&dir)[0].0, EventKind::Assault).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let votes: Vec<_> = gold.iter().map(|s| (s.label, s.votes)).collect();
        // a vote count that is not a number reads as no votes
        assert_eq!(votes, [(None, (2, 3)), (Some(false), (1, 3)), (Some(false), (0, 0))]);
    }

    #[test]
    fn salted_folds_keep_documents_together_and_differ() {
        let docs: Vec<String> = (0..200).map(|i| format!("AAW_ARB_2008{:04}.{i:04}", 1000 + i)).collect();
        for d in &docs {
            assert_eq!(salted_fold(d, FOLDS, 0), fold_of(d, FOLDS));
        }
        for salt in [1, 2] {
            let f: Vec<usize> = docs.iter().map(|d| salted_fold(d, FOLDS, salt)).collect();
            assert!(f.iter().all(|&x| x < FOLDS));
            // a function of the document alone, so its sentences share a fold
            assert_eq!(f, docs.iter().map(|d| salted_fold(d, FOLDS, salt)).collect::<Vec<_>>());
            let moved = docs.iter().zip(&f).filter(|(d, &x)| x != fold_of(d, FOLDS)).count();
            assert!(moved > 100, "salt {salt}: only {moved} of 200 documents change fold");
        }
    }

    #[test]
    fn bad_shared_folder_writes_no_model() {
        let p = Pipeline::new().unwrap();
        let dir = shared_with("nomodel", Some("id,label,text\n"), Some("id,label,text\n"));
        let out = dir.join("realis.bin");
        for shared in [dir.clone(), dir.join("absent")] {
            let a = TrainRealisArgs { shared: Some(shared), cv: false, cv_salt: 0, soft_labels: Vec::new(), out: Some(out.clone()) };
            assert!(run_train(&a, &p).is_err());
            assert!(!out.exists());
            assert!(std::fs::read_dir(&dir).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().contains("marsad-tmp")));
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
