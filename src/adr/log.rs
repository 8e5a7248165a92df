//! The ADR log on disk. (Being written.)
