// run

// time from GOROOT, printed with fmt: Duration's String, Round,
// Truncate and unit methods; ParseDuration and its errors; time.Date's
// normalisation; Format and Parse with every layout element in UTC and
// fixed zones; Add, Sub, AddDate, Before/After/Equal, Truncate/Round,
// ISO weeks, YearDay, Unix conversions; MarshalText/JSON; Parse error
// texts; Now and Since checked without printing their values.

package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1001, time.Microsecond + 500, time.Millisecond, 1500 * time.Millisecond, time.Minute, 90 * time.Minute,
		-time.Second, 25*time.Hour + 3*time.Second + 4*time.Millisecond, 1<<63 - 1, -1 << 63} {
		fmt.Printf("%v %s %d %.3f %.2f %.4f %d %d | %v %v %v %v\n", d, d, d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(),
			d.Round(time.Second), d.Truncate(time.Millisecond), d.Round(0), -d)
	}
	fmt.Printf("%#v %T %v\n", time.Second, time.Second, []time.Duration{time.Nanosecond, time.Hour})
	for _, s := range []string{"0", "1h2m3.5s", "-1.5h", "300ms", "1us", "1µs", "2h45m", ".5s", "1", "1d", "", "-", "9223372036854775808ns", "1.000000000001s", "+3m"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}

	t := time.Date(2023, time.February, 29, 25, 61, 61, 1e9+5, time.UTC)
	fmt.Println(t, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.UnixNano(), t.IsZero(), time.Time{}.IsZero(), time.Time{})
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMicro,
		"2006-01-02 15:04:05.000000000 -0700 MST", "Mon Monday Jan January 1 01 _2 2 02 __2 002 06 2006", "3 03 15 4 04 5 05 PM pm .0 .999 ,000 Z07:00 Z0700 -07 -07:00:00"}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("ODD", -(3600 + 61))}
	for _, loc := range zones {
		tt := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC).In(loc)
		fmt.Println(loc, tt.Location(), tt)
		for _, l := range layouts {
			fmt.Println("  ", tt.Format(l))
		}
		name, off := tt.Zone()
		fmt.Println("  zone", name, off)
	}
	fmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AppendFormat([]byte("at "), "2006-01-02"))

	ref := time.Date(2020, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(ref.AddDate(0, 1, 0), ref.AddDate(1, -13, 1), ref.Add(-36*time.Hour), ref.Add(1<<62))
	later := ref.Add(90*time.Minute + 7*time.Nanosecond)
	fmt.Println(later.Sub(ref), ref.Sub(later), later.After(ref), later.Before(ref), later.Equal(later.In(zones[1])), later == later.In(zones[1]))
	fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(later.Truncate(time.Hour), later.Round(time.Hour), later.Round(7*time.Minute), later.Truncate(24*time.Hour))
	for _, yr := range []int{1900, 2000, 2004, 2100, 1, -1} {
		d := time.Date(yr, 12, 31, 0, 0, 0, 0, time.UTC)
		iy, iw := d.ISOWeek()
		fmt.Print(d.YearDay(), " ", d.Weekday(), " ", iy, "-W", iw, "; ")
	}
	fmt.Println()
	u := time.Unix(1e9, 5e8).UTC()
	fmt.Println(u, time.UnixMilli(-1).UTC(), time.UnixMicro(1).UTC().Nanosecond(), u.Month() == time.September, time.Month(13), time.Weekday(8))

	for _, c := range [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05.999+07:00"},
		{time.RFC3339Nano, "2021-12-31T23:59:60Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"Jan _2 15:04", "Feb  3 04:05"},
		{"15:04:05.000", "12:34:56.789"},
		{"15:04:05", "12:34:56.789"},
		{"3:04PM", "11:30AM"},
		{"3:04PM", "13:30PM"},
		{"2006-01-02 -0700", "2020-05-06 +0530"},
		{"02 Jan 06", "x"},
		{"2006", "20"},
		{"Monday", "Funday"},
		{time.Kitchen, "3:04PM extra"},
		{"2006-002", "2020-366"},
	} {
		tt, err := time.Parse(c[0], c[1])
		if err != nil {
			fmt.Printf("%q %q: %v\n", c[0], c[1], err)
			continue
		}
		_, off := tt.Zone()
		fmt.Printf("%q: %v (%d) %d\n", c[1], tt.UTC(), off, tt.UnixNano())
	}
	pl, err := time.ParseInLocation("2006-01-02 15:04", "2022-06-01 10:00", zones[1])
	fmt.Println(pl, err, pl.UTC())

	mt, _ := later.MarshalText()
	mj, _ := later.In(zones[2]).MarshalJSON()
	var back time.Time
	err = back.UnmarshalText(mt)
	fmt.Println(string(mt), string(mj), back.Equal(later), err)
	fmt.Println(back.UnmarshalJSON([]byte(`"not a time"`)))
	bin, _ := later.MarshalBinary()
	var bt time.Time
	fmt.Println(len(bin), bt.UnmarshalBinary(bin), bt.Equal(later))

	// Now and Since: only relations are printed.
	start := time.Now()
	busy := 0
	for i := 0; i < 100000; i++ {
		busy += i
	}
	el := time.Since(start)
	now := time.Now()
	fmt.Println(el >= 0, !now.Before(start), now.Sub(start) >= el, now.Year() >= 2023, now.Location(), start.Round(0).Equal(start), busy)
	fmt.Println(time.Until(now.Add(time.Hour)) > 59*time.Minute, now.UTC().Location(), now.Local().Location() == time.Local)
}
