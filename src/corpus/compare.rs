//! Candidate pairs and relations across a store (first version: none).
