"""The supervisor's workspace: received inspections, review, dashboard, import and trust."""
