package b

import _ "internal/i"
