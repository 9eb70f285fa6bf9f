"""Tools that are not the application: the VSDC simulator the tests and the demo talk to."""
