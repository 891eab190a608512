// run

// GOROOT's package time over the runtime's half of its contract
// (rt/linkname.def): the clocks (time.now's wall and monotonic
// readings, runtimeNano), Sleep, and time's own code above them: a
// Duration's String, calendar fields, formatting and parsing in UTC and
// a fixed zone. No timers (not supported yet: docs/features.md).

package main

import "time"

func main() {
	t0 := time.Now()
	println(t0.Year() >= 2023, t0.Unix() > 1600000000, t0.Location() == time.Local)
	time.Sleep(20 * time.Millisecond)
	d := time.Since(t0)
	println(d >= 20*time.Millisecond, d < 10*time.Second)
	time.Sleep(0)
	time.Sleep(-5)
	t1 := time.Now()
	println(t1.After(t0), t0.Before(t1), t1.Sub(t0) >= d, time.Until(t0) < 0)

	for _, d := range []time.Duration{0, 1, -1, 1100, 2200 * time.Microsecond, 1500 * time.Millisecond,
		90 * time.Minute, 3 * time.Hour, 1<<63 - 1, -1 << 63} {
		println(d.String(), d.Hours() >= 0)
	}
	println((1500 * time.Millisecond).Round(time.Second).String(), (1234 * time.Millisecond).Truncate(time.Second).String())

	u := time.Unix(1700000000, 5).UTC()
	println(u.Year(), int(u.Month()), u.Day(), u.Hour(), u.Minute(), u.Second(), u.Nanosecond(), u.YearDay())
	println(u.Weekday().String(), u.Month().String())
	println(u.Format(time.RFC3339Nano))
	println(u.String())
	println(u.Format("Mon Jan _2 15:04:05 2006"), u.Format(time.Kitchen))
	z := u.In(time.FixedZone("XST", -5*3600 - 30*60))
	println(z.String(), z.Format(time.RFC1123Z))
	println(u.Add(36 * time.Hour).Format("2006-01-02T15"), u.AddDate(0, 1, 20).Format("2006-01-02"))

	p, err := time.Parse("2006-01-02 15:04", "2021-03-04 05:06")
	println(p.String(), err == nil, p.Unix())
	_, err = time.Parse("2006-01-02", "bad")
	println(err.Error())
	pd, err := time.ParseDuration("1h2m3.5s")
	println(pd.String(), err == nil)
	_, err = time.ParseDuration("12 parsecs")
	println(err.Error())
	println(u.Equal(u.In(time.FixedZone("", 3600))), u.Truncate(time.Hour).String())
}
