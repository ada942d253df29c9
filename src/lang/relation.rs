//! `relation.yaml`: the words the relation classifier needs: negations.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct RelationLexicon {
    /// Words that negate the clause they stand in.
    pub negations: Vec<String>,
}
