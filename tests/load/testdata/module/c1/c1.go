package c1

import _ "example.com/m/c2"
