module hood/tests/gen

go 1.19
