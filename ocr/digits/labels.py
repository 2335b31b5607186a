"""Class labels of the digit model: 0–9 are the digits, then BLANK and OTHER."""

BLANK = 10  # nothing written in the box
OTHER = 11  # something written that is not one digit: crossed out, scribble, letter, two digits, ...
NUM_CLASSES = 12
NAMES = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "blank", "other")
