//! claimcheck: extracts quoted statements and factual claims from news articles with their speaker, cue,
//! relays and outlet, and compares them across articles and outlets.
//!
//! The library does the work and never prints or exits; `src/main.rs` and `src/cli/` are the thin
//! command line over it.

pub mod article;
pub mod claim;
pub mod cli;
pub mod corpus;
pub mod error;
pub mod extract;
pub mod jsonl_input;
pub mod lang;
pub mod report;
pub mod review;
pub mod store;
pub mod text;
pub mod update;
pub mod yaml_writer;
