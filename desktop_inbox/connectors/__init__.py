"""Platform connectors: each speaks one platform's API and returns records."""
