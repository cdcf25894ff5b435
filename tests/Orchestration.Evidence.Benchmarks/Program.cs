Console.WriteLine("The evidence benchmark is not written yet.");
