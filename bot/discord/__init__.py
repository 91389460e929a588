"""The Discord front end. The core (`bot.core`) never imports discord; everything Discord lives here."""
