//! Training: quiz questions generated from the kit, scenarios, and progress. (Being written.)
