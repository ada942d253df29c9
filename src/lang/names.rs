//! `names.yaml`: how news French writes people's names: titles and honorifics to strip before comparing.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Names {
    /// Titles and honorifics that precede a name and are not part of it (`M.`, `Mme`, `général`).
    pub honorifics: Vec<String>,
}
