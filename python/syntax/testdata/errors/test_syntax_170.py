from t import x,y,
