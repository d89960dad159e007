return await OrderWorkflow.OrderWorkflowApp.RunAsync(args);
