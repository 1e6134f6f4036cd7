//! Import actions: add as new, replace (with a backup), merge a teammate's copy.
