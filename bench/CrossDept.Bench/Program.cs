using BenchmarkDotNet.Running;
using CrossDept.Bench;

// `peers CASES.json` reads the side-by-side cases (bench/peers) and prints our results and timing as JSON;
// anything else runs the BenchmarkDotNet suite (e.g. --filter *ConversationBenchmarks* --job short).
if (args.Length > 0 && args[0] == "peers")
    return PeerCases.Run(args[1..], Console.Out);
// `profile WORKLOAD[:SIZE] [ITERATIONS]` runs one workload in this process (for callgrind or a stopwatch): see Workloads.cs.
if (args.Length > 0 && args[0] == "profile")
    return Profile.Run(args[1..], Console.Out);

BenchmarkSwitcher.FromAssembly(typeof(ConversationBenchmarks).Assembly).Run(args);
return 0;
