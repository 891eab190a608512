module example.com/m // the fixture module

go 1.19
