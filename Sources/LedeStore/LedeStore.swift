// The corpus store: filled in by the store/API issue.
