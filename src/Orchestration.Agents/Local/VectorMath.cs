namespace Orchestration.Agents.Local;

/// <summary>Cosine similarity and normalization of embedding vectors.</summary>
public static class VectorMath
{
    /// <summary>Scales a vector to unit length; a zero vector stays zero.</summary>
    /// <param name="vector">The vector.</param>
    /// <returns>A new unit-length vector.</returns>
    public static float[] Normalize(ReadOnlySpan<float> vector)
    {
        double norm = Math.Sqrt(Dot(vector, vector));
        float[] unit = new float[vector.Length];
        for (int i = 0; i < vector.Length && norm > 0; i++)
        {
            unit[i] = (float)(vector[i] / norm);
        }

        return unit;
    }

    /// <summary>Takes the cosine similarity of two unit-length vectors (their dot product).</summary>
    /// <param name="left">One vector.</param>
    /// <param name="right">The other, of the same length.</param>
    /// <returns>The similarity, -1 to 1.</returns>
    public static double Cosine(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException($"vectors of {left.Length} and {right.Length} dimensions cannot be compared", nameof(right));
        }

        return Dot(left, right);
    }

    private static double Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        double sum = 0;
        for (int i = 0; i < left.Length; i++)
        {
            sum += (double)left[i] * right[i];
        }

        return sum;
    }
}
