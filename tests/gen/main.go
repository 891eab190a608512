// main.go — the command line of tests/gen: print one program, or run
// the differential test over a range of seeds (difftest.go).
//
//	go run . -seed 7 [-size small] [-features all]        print program 7
//	go run . -diff -hood PATH -seeds 1-300 [-keep DIR]     gc vs hood, hood -N
//	go run . -hood PATH -reduce-file DIR/seedN.go          reduce a kept program
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	seed := flag.Int64("seed", 1, "the program to print")
	size := flag.String("size", "small", "program size: small, medium or large")
	features := flag.String("features", "all", "comma-separated features the programs may use ("+joinFeatures()+", or all)")
	diff := flag.Bool("diff", false, "build each program with gc and hood (-O and -N), run all three and compare (and gc -N where hood differs)")
	hood := flag.String("hood", "build/cmd/hood", "the hood executable (-diff)")
	seeds := flag.String("seeds", "1-100", "the seeds to test: FROM-TO or N, separated by commas (-diff)")
	keep := flag.String("keep", "", "folder for each differing program and its reduced form (-diff)")
	jobs := flag.Int("j", 1, "programs tested at once (-diff)")
	timeout := flag.Duration("timeout", 30*time.Second, "limit for each run of a program (-diff)")
	buildTimeout := flag.Duration("build-timeout", 2*time.Minute, "limit for each build (-diff)")
	verbose := flag.Bool("v", false, "print every seed's verdict (-diff)")
	reduce := flag.Bool("reduce", true, "reduce each differing program as it is found (-diff)")
	reduceFile := flag.String("reduce-file", "", "reduce this kept program to FILE.min.go and exit")
	flag.Parse()

	fs, err := parseFeatures(*features)
	if err != nil {
		fatal(err)
	}
	cfg, err := sizeConfig(*size, fs)
	if err != nil {
		fatal(err)
	}
	d := &Diff{Cfg: cfg, Hood: *hood, Keep: *keep, Jobs: *jobs, Timeout: *timeout,
		BuildTimeout: *buildTimeout, Verbose: *verbose, Reduce: *reduce}
	if *reduceFile != "" {
		d.ReduceFile(*reduceFile)
		return
	}
	if !*diff {
		fmt.Print(generate(*seed, cfg))
		return
	}
	list, err := parseSeeds(*seeds)
	if err != nil {
		fatal(err)
	}
	if !d.Run(list, *seeds) {
		os.Exit(1)
	}
}

func joinFeatures() string {
	s := ""
	for i, f := range allFeatures {
		if i > 0 {
			s += ","
		}
		s += f
	}
	return s
}

// parseSeeds reads "1-300" or "5,9,20-30".
func parseSeeds(s string) ([]int64, error) {
	var list []int64
	for _, part := range strings.Split(s, ",") {
		var from, to int64
		if n, err := fmt.Sscanf(part, "%d-%d", &from, &to); err == nil && n == 2 && from <= to {
		} else if n, err := fmt.Sscanf(part, "%d", &from); err == nil && n == 1 {
			to = from
		} else {
			return nil, fmt.Errorf("bad seeds %q: want FROM-TO or N, separated by commas", s)
		}
		for x := from; x <= to; x++ {
			list = append(list, x)
		}
	}
	return list, nil
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(2)
}
