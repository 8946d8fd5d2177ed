namespace RoboMakerDeploy.Emulator;

/// <summary>
/// Faults to inject into the emulator's replies, for testing retries and timeouts. They apply to the API
/// operations only (not to the <c>/_emulator/</c> control endpoints), after signature verification. Thread-safe.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Lock _lock = new();
    private int _throttleNext;
    private int _failNext;
    private TimeSpan _latency;

    internal enum Fault
    {
        None,
        Throttle,
        Fail,
    }

    /// <summary>How many of the next calls will be throttled.</summary>
    public int PendingThrottles
    {
        get
        {
            lock (_lock) return _throttleNext;
        }
    }

    /// <summary>How many of the next calls will fail with InternalServerException.</summary>
    public int PendingFailures
    {
        get
        {
            lock (_lock) return _failNext;
        }
    }

    /// <summary>
    /// A delay added before every API reply, measured on the emulator's <see cref="RoboMakerEmulatorOptions.TimeProvider"/>
    /// (so with a fake clock the reply waits until the test advances it). Zero by default.
    /// </summary>
    public TimeSpan Latency
    {
        get
        {
            lock (_lock) return _latency;
        }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_lock) _latency = value;
        }
    }

    /// <summary>Makes the next <paramref name="count"/> calls fail with HTTP 400 ThrottlingException (replacing any earlier count).</summary>
    /// <param name="count">How many calls to throttle; 0 stops throttling.</param>
    public void ThrottleNext(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_lock) _throttleNext = count;
    }

    /// <summary>Makes the next <paramref name="count"/> calls fail with HTTP 500 InternalServerException (replacing any earlier count).</summary>
    /// <param name="count">How many calls to fail; 0 stops failing.</param>
    public void FailNext(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_lock) _failNext = count;
    }

    /// <summary>Removes every pending fault and the latency.</summary>
    public void Reset()
    {
        lock (_lock)
        {
            _throttleNext = 0;
            _failNext = 0;
            _latency = TimeSpan.Zero;
        }
    }

    /// <summary>Takes the fault for the call that is arriving: throttles first, then failures.</summary>
    internal Fault Take()
    {
        lock (_lock)
        {
            if (_throttleNext > 0)
            {
                _throttleNext--;
                return Fault.Throttle;
            }
            if (_failNext > 0)
            {
                _failNext--;
                return Fault.Fail;
            }
            return Fault.None;
        }
    }
}
