// Routes and handlers: filled in by the API issue.
