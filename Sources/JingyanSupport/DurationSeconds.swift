extension Duration {
    /// The duration in seconds, with its fraction: what progress lines and timings print.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
