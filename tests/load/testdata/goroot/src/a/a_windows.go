package a

import "windows/only"
