-- Writes wrk's results as one JSON object into the file named by WRK_REPORT (latencies in microseconds).
done = function(summary, latency, requests)
  local errors = summary.errors
  local report = io.open(os.getenv("WRK_REPORT"), "w")
  report:write(string.format(
    '{"requests":%d,"durationMicros":%d,"non2xx":%d,"socketErrors":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
  report:close()
end
