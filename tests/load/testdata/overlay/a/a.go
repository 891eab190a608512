// hood's own a.
package a

import "b"
