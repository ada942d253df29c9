//! Cross-article steps: one identity per speaker however spelled (`identity`), and the relation between
//! claims (`relation` for two statements, `compare` for a whole store through an index of candidates).

pub mod compare;
pub mod identity;
pub mod relation;
