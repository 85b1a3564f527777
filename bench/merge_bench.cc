// Speed of merging one more report into a stored event, by how many sources the event
// already holds, and of reading an event's record back from its JSON.
//   merge_bench [--benchmark_filter=...]
// BM_AddReport is the store's merge (in place); BM_CombineTwo is the same result made the
// way the store made it before (CombineReports of the event and the report, a copy of the
// event). BM_EventFromJson reads a record of that many sources.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "coding/event_record_json.h"
#include "merge/report_combiner.h"

namespace {

// A report of an attack as the coder writes it, from document `doc`.
vigie::EventRecord Report(int doc) {
  vigie::EventRecord r;
  const std::string name = "synthetic-" + std::to_string(doc);
  r.event_id_cnty = "ML1";
  r.event_date = r.date_start = r.date_end = "2019-03-23";
  r.event_type = "Violence against civilians";
  r.sub_event_type = "Attack";
  r.actor1 = "Dozo Communal Militia (Mali)";
  r.actor2 = "Civilians (Mali)";
  r.inter1 = 4;
  r.inter2 = 7;
  r.country = "Mali";
  r.admin1 = "Mopti";
  r.location = "Ogossagou";
  r.latitude = 14.1;
  r.longitude = -4.4;
  r.located = true;
  r.geo_precision = 1;
  r.source = "synthetic.example";
  r.notes = "On 23 March 2019, Dozo militiamen attacked the village of Ogossagou (Mopti).";
  r.fatalities = r.fatalities_low = r.fatalities_high = 157;
  r.confidence = 0.7;
  r.evidence.push_back({name, 120, 131, "ont attaqué", "trigger"});
  r.evidence.push_back({name, 160, 169, "Ogossagou", "location"});
  r.evidence.push_back({name, 200, 210, "157 morts", "fatalities"});
  r.sources.push_back({name, "https://synthetic.example/" + std::to_string(doc), "Attaque d'Ogossagou", "2019-03-24"});
  return r;
}

// The event `reports` reports make.
vigie::EventRecord Event(int reports) {
  std::vector<vigie::EventRecord> all;
  for (int doc = 0; doc < reports; ++doc) all.push_back(Report(doc));
  return vigie::CombineReports(all);
}

void BM_AddReport(benchmark::State& state) {
  const vigie::EventRecord start = Event(static_cast<int>(state.range(0)));
  vigie::EventRecord event = start;
  int doc = 1 << 20;
  for (auto _ : state) {
    vigie::AddReport(event, Report(++doc));
    if (event.sources.size() > start.sources.size() + 1000) {
      state.PauseTiming();
      event = start;
      state.ResumeTiming();
    }
  }
}
BENCHMARK(BM_AddReport)->Arg(10)->Arg(100)->Arg(1000)->Arg(5000);

void BM_CombineTwo(benchmark::State& state) {
  vigie::EventRecord event = Event(static_cast<int>(state.range(0)));
  int doc = 1 << 20;
  for (auto _ : state) {
    const vigie::EventRecord both[] = {event, Report(++doc)};
    benchmark::DoNotOptimize(vigie::CombineReports(both));
  }
}
BENCHMARK(BM_CombineTwo)->Arg(10)->Arg(100)->Arg(1000)->Arg(5000);

void BM_EventFromJson(benchmark::State& state) {
  const std::string json = vigie::EventToJsonLine(Event(static_cast<int>(state.range(0))));
  for (auto _ : state) benchmark::DoNotOptimize(vigie::EventFromJson(json));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * json.size()));
}
BENCHMARK(BM_EventFromJson)->Arg(1)->Arg(100)->Arg(1000);

}  // namespace

BENCHMARK_MAIN();
