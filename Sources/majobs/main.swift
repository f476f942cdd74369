import MajobsCLI

await Majobs.main()
