"""The business rules: plain Python use cases over the models, no Qt."""
