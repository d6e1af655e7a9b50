"""The Gifts page: every gift given and the gift stock, with their dialogs and the Log-gift dialog."""
