"""The Insights page (``view.InsightsView``) and the Gift register page (``register_view.GiftRegisterView``).

view — the Insights page's layout and refreshing (computed off the GUI thread by widgets.recompute);
figures, charts, lists, help, texts — its parts; register_view — the Gift register page;
parts — what both pages share (tables, money cells).
"""
