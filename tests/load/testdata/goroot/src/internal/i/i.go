package i
