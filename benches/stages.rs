//! Criterion benchmarks of each pipeline stage and of the whole pipeline (`cargo bench`).
//!
//! Input: a small generated corpus (about 64 KB per language, the same generator and
//! seed as `marsad bench`, from `MARSAD_SHARED` or the repository examples). Each stage
//! is timed on the outputs of the stages before it, computed once up front; the
//! throughput is in bytes of input text. `cargo bench -- stages/ar/tokenize` runs one.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use marsad::actors::ActorMention;
use marsad::bench::{load_pools, shared_dir, Corpus, DEFAULT_SEED};
use marsad::entities::Mention;
use marsad::model::{Attribution, Lang, Quote, Sentence, Timex};
use marsad::text::Text;
use marsad::tokenize::Token;
use marsad::{entities, normalize, segment, times, tokenize, Options, Pipeline};
use std::hint::black_box;
use std::time::Duration;

/// The allocator of the `marsad` binary, so that the numbers agree with `marsad bench`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One document with every stage's output.
struct Pre {
    text: Text,
    lang: Lang,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
    mentions: Vec<Mention>,
    times: Vec<Timex>,
    actors: Vec<ActorMention>,
    quotes: Vec<Quote>,
    attributions: Vec<Attribution>,
}

fn published() -> Option<jiff::civil::Date> {
    Some(jiff::civil::date(2025, 5, 1))
}

fn prepare(p: &Pipeline, doc: &str) -> Pre {
    let text = Text::new(doc.to_string());
    let lang = normalize::detect_language(doc);
    let sentences = segment::sentences(&text);
    let tokens = tokenize::tokenize(&text, &sentences, lang);
    let mentions = p.entities().mentions(&text, &tokens, lang);
    let times = times::extract(&text, &sentences, lang, published());
    let actors = p.actors().resolve(&text, &tokens, &mentions, lang);
    let quotes = p.quotes().extract(&text, &sentences, &tokens, &actors, lang);
    let attributions = p.attribution().extract(&text, &sentences, &tokens, &actors, &quotes, lang);
    Pre { text, lang, sentences, tokens, mentions, times, actors, quotes, attributions }
}

fn stages(c: &mut Criterion) {
    let p = Pipeline::new().expect("built-in lexicons");
    let pools = load_pools(shared_dir().as_deref());
    for lang in [Lang::Ar, Lang::En] {
        let corpus = Corpus::generate(lang, pools.get(lang), 64 * 1024, DEFAULT_SEED);
        let docs: Vec<String> = (0..corpus.docs()).map(|i| corpus.doc(i)).collect();
        let pre: Vec<Pre> = docs.iter().map(|d| prepare(&p, d)).collect();
        let mut g = c.benchmark_group(format!("stages/{}", lang.code()));
        g.throughput(Throughput::Bytes(corpus.bytes as u64));
        g.bench_function("normalize", |b| {
            b.iter_batched(
                || docs.clone(),
                |docs| {
                    for d in docs {
                        let l = normalize::detect_language(&d);
                        black_box((Text::new(d), l));
                    }
                },
                BatchSize::LargeInput,
            )
        });
        g.bench_function("segment", |b| b.iter(|| pre.iter().map(|x| segment::sentences(&x.text).len()).sum::<usize>()));
        g.bench_function("tokenize", |b| b.iter(|| pre.iter().map(|x| tokenize::tokenize(&x.text, &x.sentences, x.lang).len()).sum::<usize>()));
        g.bench_function("entities", |b| b.iter(|| pre.iter().map(|x| p.entities().mentions(&x.text, &x.tokens, x.lang).len()).sum::<usize>()));
        g.bench_function("times", |b| b.iter(|| pre.iter().map(|x| times::extract(&x.text, &x.sentences, x.lang, published()).len()).sum::<usize>()));
        g.bench_function("actors", |b| b.iter(|| pre.iter().map(|x| p.actors().resolve(&x.text, &x.tokens, &x.mentions, x.lang).len()).sum::<usize>()));
        g.bench_function("quotes", |b| b.iter(|| pre.iter().map(|x| p.quotes().extract(&x.text, &x.sentences, &x.tokens, &x.actors, x.lang).len()).sum::<usize>()));
        g.bench_function("attribution", |b| {
            b.iter(|| pre.iter().map(|x| p.attribution().extract(&x.text, &x.sentences, &x.tokens, &x.actors, &x.quotes, x.lang).len()).sum::<usize>())
        });
        g.bench_function("events", |b| {
            b.iter(|| pre.iter().map(|x| p.events().code(&x.text, &x.sentences, &x.tokens, &x.actors, &x.times, &x.attributions, x.lang).len()).sum::<usize>())
        });
        g.bench_function("output", |b| b.iter(|| pre.iter().map(|x| entities::named_entities(&x.mentions, &x.tokens, &x.text).len()).sum::<usize>()));
        let opts = Options { published: published(), ..Options::default() };
        g.bench_function("pipeline", |b| b.iter(|| docs.iter().map(|d| p.annotate(d, &opts).events.len()).sum::<usize>()));
        g.finish();
    }
}

fn startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(20);
    g.bench_function("pipeline_new", |b| b.iter(|| Pipeline::new().expect("built-in lexicons")));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = stages, startup
}
criterion_main!(benches);
