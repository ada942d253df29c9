//! The relation between two statements (first version: none found).
