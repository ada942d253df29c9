//! Cross-article steps: one identity per speaker however spelled (`identity`), the relation between
//! claims (`relation` for two statements, `compare` for a whole store through an index of candidates), and
//! the threads those relations make (`threads`: each disputed proposition with its sides).

pub mod compare;
pub mod identity;
pub mod relation;
pub mod threads;
