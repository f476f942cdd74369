import MajobsCLI

await Majobs.runAsMain()
