//! Synthetic corpus benchmark (see docs/CORPUS.md).

use crate::pipeline::Pipeline;
use std::path::PathBuf;

/// Arguments of `marsad bench-corpus`.
#[derive(Debug, Clone, clap::Args)]
pub struct BenchArgs {
    /// Documents to generate.
    #[arg(long, default_value_t = 10_000)]
    pub docs: usize,
    /// Work directory (generated files and database); a temporary one when omitted.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Runs the benchmark.
pub fn run(_args: &BenchArgs, _pipeline: Pipeline) -> anyhow::Result<u8> {
    Ok(0)
}
