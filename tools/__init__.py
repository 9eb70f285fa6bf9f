"""Developer tools that are not part of the installed app (screenshots, layout checks)."""
