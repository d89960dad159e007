Console.WriteLine("The order workflow sample arrives with the runtime issue.");
return 0;
