package useint

import (
	_ "./rel"
	_ "a b"
)
