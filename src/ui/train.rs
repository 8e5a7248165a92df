//! The Train screen. (Being written.)
