// Package main: a worker pool that resizes uploaded images.
package main

// Job is one unit of work.
type Job struct {
	ID     int
	Width  int
	Height int
}

// enqueue sends the address of a local over a channel: another
// goroutine may receive it at any time, so the job is moved to the heap.
func enqueue(jobs chan<- *Job, id, w, h int) {
	j := Job{ID: id, Width: w, Height: h}
	jobs <- &j
}

// Fixed: send the (small) Job by value; the channel buffer holds a copy
// and nothing is allocated per job.
func enqueueValue(jobs chan<- Job, id, w, h int) {
	jobs <- Job{ID: id, Width: w, Height: h}
}

// worker reports the number of pixels of each job it receives.
func worker(in <-chan *Job, out chan<- int) {
	for j := range in {
		out <- j.Width * j.Height
	}
	close(out)
}

func main() {
	jobs := make(chan *Job, 4)
	results := make(chan int, 4)
	go worker(jobs, results)
	for i := 0; i < 4; i++ {
		enqueue(jobs, i, 640, 480)
	}
	close(jobs)
	for range results {
	}

	byValue := make(chan Job, 1)
	enqueueValue(byValue, 1, 800, 600)
	<-byValue
}
