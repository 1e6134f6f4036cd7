//! Check-in actions (add, edit, delete with undo) on the current plan.
