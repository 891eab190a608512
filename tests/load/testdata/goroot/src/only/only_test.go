package only_test
