from reader.cli import main

# Guarded: a process the app spawns to parse files imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
