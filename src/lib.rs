//! marsad (مرصد, "observatory"): Arabic and English news reports in, a structured,
//! source-attributed event record out — who did what to whom, when, where, and
//! according to whom.
//!
//! The whole pipeline is in [`pipeline::Pipeline::annotate`]:
//!
//! ```text
//! text ─ normalize ─ segment ─ tokenize ─ entities ─ times ─ actors ─ quotes ─ attribution ─ events ─▶ model::Document
//! ```
//!
//! `actors` runs before `quotes` and `attribution` because a speaker or a source
//! is an actor phrase ("وزير الخارجية الأمريكي ماركو روبيو"), composed once and
//! shared by the three later stages.
//!
//! Each stage is a module named by its standard term; stages share only the
//! types of [`model`] (output) and the token/mention types they document.
//! Offsets in the output are character offsets (Unicode scalar values), end-exclusive.

pub mod actors;
pub mod attribution;
pub mod bench;
pub mod cameo;
pub mod corpus;
pub mod dictionaries;
pub mod entities;
pub mod eval;
pub mod events;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod ner;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod server;
pub mod quotes;
pub mod realis;
pub mod segment;
pub mod text;
pub mod times;
pub mod tokenize;

pub use model::Document;
pub use pipeline::{Options, Pipeline};
